package org.parindex.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code parindex.demo}: whether a first start on an empty database imports the Hải Lăng demo (default yes). */
@ConfigurationProperties("parindex")
record DemoSetting(@DefaultValue("true") boolean demo) { }
