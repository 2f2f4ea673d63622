package com.pvsconsole.service.search;

/**
 * A term the parser could not use, with the reason in words and where it is in the text, so
 * the filter box can mark it. The other terms still apply.
 *
 * @param start first character of the offending part
 * @param end   one past its last character
 */
public record QueryError(int start, int end, String reason) {
}
