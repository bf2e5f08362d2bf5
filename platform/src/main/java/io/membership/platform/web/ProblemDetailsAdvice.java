package io.membership.platform.web;

import io.membership.platform.errors.ApiException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.stream.Collectors;

/** Every refusal as RFC 9457 Problem Details, with a stable {@code code} and never a stack trace or internals. */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<ProblemDetail> apiException(ApiException e) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        e.retryAfter().ifPresent(wait -> response.header(HttpHeaders.RETRY_AFTER,
                Long.toString(Math.max(1, wait.toSeconds()))));
        ProblemDetail problem = body(e.status(), e.code(), e.getMessage());
        e.extensions().forEach(problem::setProperty);
        return response.body(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", detail);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "invalid value for " + e.getName());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e) {
        ApiException cause = findApiCause(e);
        if (cause != null) {
            return apiException(cause);
        }
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "unexpected error");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, "invalid-input", detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring's own messages can name classes or parser internals; the client gets a plain reason instead.
        if (hasCause(e, JsonBodyLimitFilter.BodyTooLargeException.class)) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).headers(headers)
                    .body(body(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "the request body is too large"));
        }
        ProblemDetail problem = body(status, "invalid-request", plainReason(e, status));
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private static String plainReason(Exception e, HttpStatusCode status) {
        if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + abbreviate(unknown.getPropertyName());
        }
        if (e instanceof HttpMessageNotReadableException) {
            return "the request body is missing, is not valid JSON, or has a field of the wrong type";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "unsupported content type";
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return "missing parameter " + missing.getParameterName();
        }
        return HttpStatus.valueOf(status.value()).getReasonPhrase();
    }

    private static String abbreviate(String name) {
        String printable = String.valueOf(name).replaceAll("[^\\p{Alnum}_.-]", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ApiException findApiCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String code, String detail) {
        return ResponseEntity.status(status).body(body(status, code, detail));
    }

    private static ProblemDetail body(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://membership.example/problems/" + code));
        problem.setProperty("code", code);
        return problem;
    }
}
