package com.pvsconsole.api;

/** Which regional endpoint a call goes to: over the internet, or over IBM's private network. */
public enum EndpointType {
    PUBLIC,
    PRIVATE
}
