package com.pvsconsole.sim.state;

/** What a new instance is made of (from a create request, the seed or the scale generator). */
public record InstanceSpec(String id, String name, String imageId, String osType, double processors,
                           double memory, String procType, String sysType, String storageType,
                           String status, String healthStatus, String created) {
}
