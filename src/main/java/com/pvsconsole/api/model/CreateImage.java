package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code CreateImage} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: source. The console uses it to copy a
 * stock image into the workspace ({@link #fromStock}); the Cloud Storage fields are there for completeness.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreateImage(
        @JsonProperty("accessKey") String accessKey,
        @JsonProperty("bucketName") String bucketName,
        @JsonProperty("diskType") String diskType,
        @JsonProperty("imageFilename") String imageFilename,
        @JsonProperty("imageID") String imageID,
        @JsonProperty("imageName") String imageName,
        @JsonProperty("imagePath") String imagePath,
        @JsonProperty("osType") String osType,
        @JsonProperty("region") String region,
        @JsonProperty("secretKey") String secretKey,
        @JsonProperty("source") String source,
        @JsonProperty("storageAffinity") StorageAffinity storageAffinity,
        @JsonProperty("storagePool") String storagePool,
        @JsonProperty("userTags") List<String> userTags) {

    /** The definition's {@code source} for a copy of a stock image ("root project" is IBM's image catalogue). */
    public static final String SOURCE_ROOT_PROJECT = "root-project";

    /** A copy of stock image {@code stockImageId} into the workspace, named {@code imageName}. */
    public static CreateImage fromStock(String stockImageId, String imageName) {
        return new CreateImage(null, null, null, null, stockImageId, imageName, null, null, null, null,
                SOURCE_ROOT_PROJECT, null, null, null);
    }

    /** Hides the Cloud Storage keys, so a log line or a debugger view never shows them. */
    @Override
    public String toString() {
        return "CreateImage[source=" + source + ", imageID=" + imageID + ", imageName=" + imageName
                + ", bucketName=" + bucketName + ", imageFilename=" + imageFilename + ", accessKey="
                + (accessKey == null ? null : "***") + ", secretKey=" + (secretKey == null ? null : "***") + "]";
    }
}
