package com.pvsconsole.service.code;

import java.util.ArrayList;
import java.util.List;

/** A Terraform block written the way {@code terraform fmt} lays it out: aligned {@code =}, nested blocks last. */
final class HclBlock {

    private final String header;
    private final List<String[]> attributes = new ArrayList<>();
    private final List<HclBlock> blocks = new ArrayList<>();

    HclBlock(String header) {
        this.header = header;
    }

    static HclBlock resource(String type, String label) {
        return new HclBlock("resource \"" + type + "\" \"" + label + "\"");
    }

    /** An attribute whose value is an expression written verbatim (numbers, booleans, references). */
    HclBlock expr(String name, String expression) {
        attributes.add(new String[] {name, expression});
        return this;
    }

    HclBlock str(String name, String value) {
        return expr(name, HclStrings.quote(value));
    }

    HclBlock strings(String name, List<String> values) {
        List<String> quoted = values.stream().map(HclStrings::quote).toList();
        return expr(name, "[" + String.join(", ", quoted) + "]");
    }

    HclBlock block(HclBlock nested) {
        blocks.add(nested);
        return this;
    }

    String render() {
        return render("");
    }

    private String render(String indent) {
        StringBuilder out = new StringBuilder(indent).append(header).append(" {\n");
        int width = attributes.stream().mapToInt(a -> a[0].length()).max().orElse(0);
        for (String[] a : attributes) {
            out.append(indent).append("  ").append(a[0]).append(" ".repeat(width - a[0].length())).append(" = ")
                    .append(a[1]).append('\n');
        }
        for (HclBlock b : blocks) {
            out.append(b.render(indent + "  "));
        }
        return out.append(indent).append("}\n").toString();
    }
}
