package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code PVMInstanceCapture} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: captureDestination, captureName.
 * {@link #toString()} leaves the cloud-storage keys out, so a logged request never carries them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PvmInstanceCapture(
        @JsonProperty("captureDestination") String captureDestination,
        @JsonProperty("captureName") String captureName,
        @JsonProperty("captureVolumeIDs") List<String> captureVolumeIDs,
        @JsonProperty("checksum") Boolean checksum,
        @JsonProperty("cloudStorageAccessKey") String cloudStorageAccessKey,
        @JsonProperty("cloudStorageImagePath") String cloudStorageImagePath,
        @JsonProperty("cloudStorageRegion") String cloudStorageRegion,
        @JsonProperty("cloudStorageSecretKey") String cloudStorageSecretKey,
        @JsonProperty("userTags") List<String> userTags) {

    /** Destination enum values of the definition. */
    public static final String IMAGE_CATALOG = "image-catalog";
    public static final String CLOUD_STORAGE = "cloud-storage";
    public static final String BOTH = "both";

    /** A capture into the workspace's image catalog only (no cloud-storage keys involved). */
    public static PvmInstanceCapture toImageCatalog(String name, List<String> volumeIds) {
        return new PvmInstanceCapture(IMAGE_CATALOG, name, volumeIds == null || volumeIds.isEmpty() ? null
                : List.copyOf(volumeIds), null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "PvmInstanceCapture[captureDestination=" + captureDestination + ", captureName=" + captureName
                + ", captureVolumeIDs=" + captureVolumeIDs + ", checksum=" + checksum
                + ", cloudStorageImagePath=" + cloudStorageImagePath + ", cloudStorageRegion=" + cloudStorageRegion
                + ", cloudStorageAccessKey=" + (cloudStorageAccessKey == null ? null : "***")
                + ", cloudStorageSecretKey=" + (cloudStorageSecretKey == null ? null : "***")
                + ", userTags=" + userTags + "]";
    }
}
