package nl.kcc.klantinteracties.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.kcc.klantinteracties.api.RequestIdFilter;
import nl.kcc.klantinteracties.api.problem.ApiException;
import nl.kcc.klantinteracties.api.problem.InvalidParam;
import nl.kcc.klantinteracties.security.Medewerker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page of the werkplek gets: the medewerker, and the CSRF token for the requests htmx makes. A failure
 * becomes a page in Dutch that says what the medewerker can do; never a stack trace or an internal message.
 */
@ControllerAdvice(basePackageClasses = Werkplek.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WerkplekAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(WerkplekAdvice.class);

    private final Notitieblok notitieblok;

    WerkplekAdvice(Notitieblok notitieblok) {
        this.notitieblok = notitieblok;
    }

    @ModelAttribute
    void common(HttpServletRequest request, Model model) {
        Object ik = request.getAttribute(Medewerker.CURRENT);
        model.addAttribute("ik", ik);
        if (ik instanceof Medewerker medewerker) {
            model.addAttribute("notitieblok", notitieblok.van(medewerker));
            model.addAttribute("notitieblokMax", Notitieblok.MAX_LENGTE);
        }
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            // JSON for hx-headers: the header name and token are Spring's, made of safe characters.
            model.addAttribute("csrfHeaders", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
        }
    }

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException failure, HttpServletRequest request) {
        return switch (failure.status()) {
            case NOT_FOUND ->
                page(
                        HttpStatus.NOT_FOUND,
                        "Niet gevonden",
                        "Dit gegeven bestaat niet (meer), of u mag het niet inzien.",
                        List.of(),
                        request);
            case CONFLICT ->
                page(
                        HttpStatus.CONFLICT,
                        "Niet opgeslagen",
                        failure.getMessage() + " Er is niets opgeslagen.",
                        List.of(),
                        request);
            case PRECONDITION_FAILED ->
                page(
                        HttpStatus.CONFLICT,
                        "Niet opgeslagen",
                        "Iemand anders heeft dit gegeven intussen gewijzigd. Open het opnieuw en probeer het nog eens.",
                        List.of(),
                        request);
            default ->
                page(
                        HttpStatus.BAD_REQUEST,
                        "Niet opgeslagen",
                        "De invoer klopt niet; er is niets opgeslagen.",
                        failure.invalidParams().stream()
                                .map(InvalidParam::reason)
                                .toList(),
                        request);
        };
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HttpRequestMethodNotSupportedException.class
    })
    ModelAndView notFound(Exception failure, HttpServletRequest request) {
        return page(
                HttpStatus.NOT_FOUND,
                "Niet gevonden",
                "Deze pagina bestaat niet. Gebruik het menu om verder te gaan.",
                List.of(),
                request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception failure, HttpServletRequest request) {
        LOG.error("Werkplek request {} failed", request.getRequestURI(), failure);
        return page(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis",
                "Het register kon dit niet afhandelen; er is niets opgeslagen. Probeer het opnieuw, en meld het aan"
                        + " de beheerder als het blijft gebeuren, met het kenmerk hieronder.",
                List.of(),
                request);
    }

    private static ModelAndView page(
            HttpStatus status, String title, String text, List<String> reasons, HttpServletRequest request) {
        var page = new ModelAndView("werkplek/fout", status);
        page.addObject("titel", title);
        page.addObject("tekst", text);
        page.addObject("redenen", reasons);
        page.addObject("kenmerk", RequestIdFilter.current());
        page.addObject("ik", request.getAttribute(Medewerker.CURRENT));
        return page;
    }
}
