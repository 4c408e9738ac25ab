package org.parindex.app.assessments.internal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code parindex.zone}: the assessor's time zone, in which deadlines are days (Vietnam by default). */
@ConfigurationProperties("parindex")
record ZoneSetting(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) { }
