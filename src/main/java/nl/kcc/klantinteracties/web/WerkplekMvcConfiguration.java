package nl.kcc.klantinteracties.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import nl.kcc.klantinteracties.security.Medewerker;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Hands the werkplek's controllers the medewerker of the request, as their account is now. */
@Configuration(proxyBeanMethods = false)
class WerkplekMvcConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HandlerMethodArgumentResolver() {
            @Override
            public boolean supportsParameter(MethodParameter parameter) {
                return parameter.getParameterType().equals(Medewerker.class);
            }

            @Override
            public Object resolveArgument(
                    MethodParameter parameter,
                    @Nullable ModelAndViewContainer container,
                    NativeWebRequest request,
                    @Nullable WebDataBinderFactory binderFactory) {
                return current(Objects.requireNonNull(request.getNativeRequest(HttpServletRequest.class)));
            }
        });
    }

    static Medewerker current(HttpServletRequest request) {
        var medewerker = (Medewerker) request.getAttribute(Medewerker.CURRENT);
        if (medewerker == null) {
            throw new IllegalStateException("A werkplek request without a medewerker");
        }
        return medewerker;
    }
}
