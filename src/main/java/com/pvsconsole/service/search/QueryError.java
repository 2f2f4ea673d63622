package com.pvsconsole.service.search;

/**
 * A term the parser could not use, with the reason in words and where it is in the text, so
 * the filter box can mark it. The other terms still apply.
 *
 * @param start first character of the offending part
 * @param end   one past its last character
 * @param term  the whole term as typed ({@code mem>=lots} when the offending part is {@code lots}),
 *              so the reason can be shown with the term it is about
 */
public record QueryError(int start, int end, String term, String reason) {
}
