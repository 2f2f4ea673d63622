package com.pvsconsole.service.settings;

/** Whether Power VS is reached over its public endpoints or over private ones (Direct Link, VPN). */
public enum EndpointType {
    PUBLIC, PRIVATE
}
