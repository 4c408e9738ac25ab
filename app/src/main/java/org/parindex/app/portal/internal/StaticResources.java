package org.parindex.app.portal.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The static files under their own paths only (with {@code spring.web.resources.add-mappings=false}), instead of
 * Spring Boot's catch-all {@code /**}. With the catch-all, the resource chain that gives webjars their versioned URLs
 * looked every link of a page (a sheet has hundreds) up on the classpath as a possible static file, uncached when
 * not found: about half of the CPU time of a page (JFR profile, bench/README.md). Now only links under these paths
 * are looked up, and found ones are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
    }
}
