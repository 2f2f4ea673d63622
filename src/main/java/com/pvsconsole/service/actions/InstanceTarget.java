package com.pvsconsole.service.actions;

/** An instance an action is aimed at, as the user saw it when acting. */
public record InstanceTarget(String id, String name, String status) {
}
