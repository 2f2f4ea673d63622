package com.pvsconsole.api;

import java.util.Optional;

/**
 * What a user is shown for a failure: a short title, a recovery hint from the hint catalog, and the
 * server's own message when it sent one. Never contains a stack trace or raw exception text.
 */
public record ErrorSummary(String title, String hint, Optional<String> serverMessage) {
}
