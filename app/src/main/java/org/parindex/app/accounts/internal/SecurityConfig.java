package org.parindex.app.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login with CSRF on every form; the JSON API answers 401 instead of redirecting to the login page.
 * Which role reaches which URL is decided here for whole areas, and finer (unit scope, published periods)
 * by {@link org.parindex.app.accounts.Access} in the controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    /** Scripts, styles, images and fonts from the site only (no inline script); forms post to the site only. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** The login page, redirected to by a relative URL: never built from the request's Host header. */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        login.setFavorRelativeUris(true);
        return login;
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, LoginOutcomes outcomes) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
                                "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/periods", "/api/v1/periods/**").permitAll()
                        // systems authenticate by their API token in the controller (issue 11); citizens answer
                        // the survey with a one-time code, without an account
                        .requestMatchers(HttpMethod.POST, "/api/v1/indicators", "/api/v1/survey-responses").permitAll()
                        .requestMatchers("/survey/**").permitAll()
                        .requestMatchers("/results", "/results/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/units/*", "/units/*/article", "/units/*/article.html",
                                "/units/*/article.txt", "/api/v1/units", "/api/v1/units/*", "/feed.atom").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/indicators", "/api/v1/survey-responses"))
                .formLogin(form -> form.loginPage("/login").successHandler(outcomes).failureHandler(outcomes)
                        .permitAll())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(loginPage(), request -> true));
        return http.build();
    }
}
