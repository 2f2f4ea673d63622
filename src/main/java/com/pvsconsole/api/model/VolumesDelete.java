package com.pvsconsole.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Power VS definition {@code VolumesDelete} (request body); property names are the wire names, byte for byte.
 * Every component is optional on decode; the definition requires: volumeIDs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record VolumesDelete(
        @JsonProperty("volumeIDs") List<String> volumeIDs) {

    /** Starts an empty request; set what you need, the rest stays absent from the JSON. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fluent builder for {@link VolumesDelete}; unset fields are omitted on the wire. */
    public static final class Builder {
        private List<String> volumeIDs;

        private Builder() {
        }

        public Builder volumeIDs(List<String> value) {
            this.volumeIDs = value;
            return this;
        }

        public VolumesDelete build() {
            return new VolumesDelete(volumeIDs);
        }
    }
}
