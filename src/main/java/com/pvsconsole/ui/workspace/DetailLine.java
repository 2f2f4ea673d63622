package com.pvsconsole.ui.workspace;

/** One caption and value of the workspace details, in its section (general, capabilities, limits...). */
public record DetailLine(Section section, String caption, String value) {

    /** The blocks of the page, in the order they are shown. */
    public enum Section { GENERAL, CAPABILITIES, LIMITS, SECURITY_GROUPS, DHCP }
}
