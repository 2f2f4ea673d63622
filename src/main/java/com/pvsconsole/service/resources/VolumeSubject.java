package com.pvsconsole.service.resources;

/**
 * The volume a change acts on, as the row it was opened for shows it: its id, its name (for the Activity entry),
 * its size in GB (the floor of a grow) and its tier.
 */
public record VolumeSubject(String id, String name, double sizeGb, String diskType) {
}
