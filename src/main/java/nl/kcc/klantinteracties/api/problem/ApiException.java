package nl.kcc.klantinteracties.api.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure with a meaning for the client; {@link ProblemHandler} turns it into a problem response. The factories name
 * the situations the register reports.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final String typeName;
    private final String detail;
    private final List<InvalidParam> invalidParams;

    ApiException(
            HttpStatus status,
            String typeName,
            String code,
            String title,
            String detail,
            List<InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.detail = detail;
        this.status = status;
        this.typeName = typeName;
        this.code = code;
        this.title = title;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public static ApiException invalid(List<InvalidParam> invalidParams) {
        return new ApiException(
                HttpStatus.BAD_REQUEST,
                "ValidationError",
                "invalid",
                "Ongeldige invoer.",
                "Ongeldige invoer.",
                invalidParams);
    }

    public static ApiException invalid(String name, String code, String reason) {
        return invalid(List.of(new InvalidParam(name, code, reason)));
    }

    public static ApiException notFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.", "Niet gevonden.", List.of());
    }

    public static ApiException pageNotFound() {
        return new ApiException(
                HttpStatus.NOT_FOUND, "NotFound", "not_found", "Niet gevonden.", "Ongeldige pagina.", List.of());
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "Conflict", "conflict", "Conflict.", detail, List.of());
    }

    public static ApiException notAuthenticated() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED,
                "NotAuthenticated",
                "not_authenticated",
                "Authenticatiegegevens zijn niet opgegeven.",
                "Authenticatiegegevens zijn niet opgegeven.",
                List.of());
    }

    public static ApiException authenticationFailed() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED,
                "AuthenticationFailed",
                "authentication_failed",
                "Ongeldig token.",
                "Ongeldig token.",
                List.of());
    }

    public static ApiException permissionDenied(String detail) {
        return new ApiException(
                HttpStatus.FORBIDDEN,
                "PermissionDenied",
                "permission_denied",
                "U heeft geen toestemming om deze actie uit te voeren.",
                detail,
                List.of());
    }

    /**
     * The register cannot answer now: every database connection stayed busy for the pool's whole wait, or the database
     * cannot be reached. Nothing was changed, and the client may try again.
     */
    public static ApiException unavailable() {
        return new ApiException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "ServiceUnavailable",
                "service_unavailable",
                "Het register is tijdelijk niet beschikbaar.",
                "Het register kan deze vraag nu niet beantwoorden; er is niets gewijzigd. Probeer het later opnieuw.",
                List.of());
    }

    public static ApiException of(HttpStatus status, String typeName, String code, String title, String detail) {
        return new ApiException(status, typeName, code, title, detail, List.of());
    }

    /**
     * The same refusal for a part of a composite request: every field is named with the part's name in front, as the
     * checks before the write name them ({@code klantcontact.nummer}).
     */
    public ApiException under(String prefix) {
        if (invalidParams.isEmpty() || prefix.isEmpty()) {
            return this;
        }
        var named = invalidParams.stream()
                .map(p -> new InvalidParam(prefix + "." + p.name(), p.code(), p.reason()))
                .toList();
        return new ApiException(status, typeName, code, title, detail, named);
    }

    /** The problem's detail, in words for the client. */
    public String detail() {
        return detail;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String typeName() {
        return typeName;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
