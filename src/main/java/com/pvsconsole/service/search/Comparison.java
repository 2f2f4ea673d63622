package com.pvsconsole.service.search;

/** The operator between a key and its value; {@code :} means "is" (equal for numbers). */
public enum Comparison {
    IS(":"), GREATER_OR_EQUAL(">="), LESS_OR_EQUAL("<="), GREATER(">"), LESS("<"), EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    boolean test(double actual, double wanted) {
        return switch (this) {
            case IS, EQUAL -> Double.compare(actual, wanted) == 0;
            case GREATER_OR_EQUAL -> actual >= wanted;
            case LESS_OR_EQUAL -> actual <= wanted;
            case GREATER -> actual > wanted;
            case LESS -> actual < wanted;
        };
    }

    /** The operator at {@code at} in {@code text}, longest first, or null. */
    static Comparison at(String text, int at) {
        if (at >= text.length()) {
            return null;
        }
        char c = text.charAt(at);
        boolean eq = at + 1 < text.length() && text.charAt(at + 1) == '=';
        return switch (c) {
            case ':' -> IS;
            case '=' -> EQUAL;
            case '>' -> eq ? GREATER_OR_EQUAL : GREATER;
            case '<' -> eq ? LESS_OR_EQUAL : LESS;
            default -> null;
        };
    }
}
