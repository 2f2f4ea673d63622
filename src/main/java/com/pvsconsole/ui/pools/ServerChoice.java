package com.pvsconsole.ui.pools;

/**
 * A server of the shown workspace offered as a placement group member.
 *
 * @param group the placement group it is already in, or empty
 */
public record ServerChoice(String id, String name, String status, String group) {

    boolean inAGroup() {
        return !group.isEmpty();
    }
}
