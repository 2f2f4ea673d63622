package com.pvsconsole.api.region;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Regional base URLs from two templates with a {@code {region}} placeholder. The public template gets the
 * region id, the private one the region's private endpoint name, so {@code lon} private becomes
 * {@code https://private.eu-gb.power-iaas.cloud.ibm.com}. Point the templates elsewhere for the simulator.
 */
public final class EndpointUrls {

    public static final String PUBLIC_TEMPLATE = "https://{region}.power-iaas.cloud.ibm.com";
    public static final String PRIVATE_TEMPLATE = "https://private.{region}.power-iaas.cloud.ibm.com";

    private final RegionDirectory regions;
    private final String publicTemplate;
    private final String privateTemplate;

    public EndpointUrls(RegionCatalog catalog, String publicTemplate, String privateTemplate) {
        this(new RegionDirectory(catalog), publicTemplate, privateTemplate);
    }

    /** URLs that follow the directory, so regions learnt from a live refresh become reachable. */
    public EndpointUrls(RegionDirectory regions, String publicTemplate, String privateTemplate) {
        this.regions = Objects.requireNonNull(regions, "regions");
        this.publicTemplate = requireTemplate(publicTemplate);
        this.privateTemplate = requireTemplate(privateTemplate);
    }

    public static EndpointUrls ibmCloud(RegionCatalog catalog) {
        return new EndpointUrls(catalog, PUBLIC_TEMPLATE, PRIVATE_TEMPLATE);
    }

    public HttpUrl baseUrl(RegionEndpoint endpoint) {
        Region region = regions.catalog().require(endpoint.region());
        String url = endpoint.type() == EndpointType.PRIVATE
                ? privateTemplate.replace("{region}", region.privateEndpoint())
                : publicTemplate.replace("{region}", region.id());
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw PowerVsException.invalidInput("input.url.template", "Endpoint URL is not valid: " + url);
        }
        return parsed;
    }

    public RegionDirectory regions() {
        return regions;
    }

    private static String requireTemplate(String template) {
        if (template == null || !template.contains("{region}")) {
            throw PowerVsException.invalidInput("input.url.template",
                    "Endpoint URL template must contain {region}: " + template);
        }
        if (HttpUrl.parse(template.replace("{region}", "r")) == null) {
            throw PowerVsException.invalidInput("input.url.template", "Endpoint URL template is not a URL: " + template);
        }
        return template;
    }
}
