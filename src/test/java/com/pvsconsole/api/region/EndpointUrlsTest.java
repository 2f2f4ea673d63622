package com.pvsconsole.api.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointUrlsTest {

    private final RegionCatalog catalog = RegionCatalog.loadDefault();

    @Test
    void should_build_ibm_public_and_private_urls() {
        EndpointUrls urls = EndpointUrls.ibmCloud(catalog);

        assertThat(urls.baseUrl(RegionEndpoint.publicEndpoint("lon")).toString())
                .isEqualTo("https://lon.power-iaas.cloud.ibm.com/");
        assertThat(urls.baseUrl(new RegionEndpoint("lon", EndpointType.PRIVATE)).toString())
                .isEqualTo("https://private.eu-gb.power-iaas.cloud.ibm.com/");
        assertThat(urls.baseUrl(new RegionEndpoint("us-south", EndpointType.PRIVATE)).toString())
                .isEqualTo("https://private.us-south.power-iaas.cloud.ibm.com/");
    }

    @Test
    void should_follow_simulator_templates() {
        EndpointUrls urls = new EndpointUrls(catalog, "http://{region}.localhost:8443",
                "http://private.{region}.localhost:8443");

        assertThat(urls.baseUrl(RegionEndpoint.publicEndpoint("syd")).toString()).isEqualTo("http://syd.localhost:8443/");
        assertThat(urls.baseUrl(new RegionEndpoint("syd", EndpointType.PRIVATE)).toString())
                .isEqualTo("http://private.au-syd.localhost:8443/");
    }

    @Test
    void should_reject_templates_without_a_region_placeholder() {
        assertThatThrownBy(() -> new EndpointUrls(catalog, "https://example.com", EndpointUrls.PRIVATE_TEMPLATE))
                .isInstanceOfSatisfying(PowerVsException.class,
                        e -> assertThat(e.hintKey()).isEqualTo("input.url.template"));
    }

    @Test
    void should_reject_an_unknown_region_before_building_a_url() {
        assertThatThrownBy(() -> EndpointUrls.ibmCloud(catalog).baseUrl(RegionEndpoint.publicEndpoint("atlantis")))
                .isInstanceOfSatisfying(PowerVsException.class,
                        e -> assertThat(e.hintKey()).isEqualTo("input.region.unknown"));
    }

    @Test
    void should_reach_a_region_learnt_from_a_live_refresh() {
        RegionDirectory directory = new RegionDirectory(catalog);
        EndpointUrls urls = new EndpointUrls(directory, EndpointUrls.PUBLIC_TEMPLATE, EndpointUrls.PRIVATE_TEMPLATE);

        directory.refresh(List.of(new com.pvsconsole.api.model.Datacenter(null, null, null,
                new com.pvsconsole.api.model.DatacenterLocation(null, "par01", "Paris", "data-center",
                        "https://par.power-iaas.cloud.ibm.com"), "active", "off-premises")));

        assertThat(urls.baseUrl(RegionEndpoint.publicEndpoint("par")).host()).isEqualTo("par.power-iaas.cloud.ibm.com");
        assertThat(directory.catalog().regionOfZone("par01")).map(Region::id).hasValue("par");
    }

    @Test
    void should_resolve_localhost_names_to_loopback_and_delegate_the_rest() throws Exception {
        InetAddress elsewhere = InetAddress.getByAddress("example.test", new byte[] {10, 1, 2, 3});
        LoopbackDns dns = new LoopbackDns(host -> List.of(elsewhere));

        assertThat(dns.lookup("us-south.localhost")).containsExactly(InetAddress.getLoopbackAddress());
        assertThat(dns.lookup("private.eu-gb.LOCALHOST")).containsExactly(InetAddress.getLoopbackAddress());
        assertThat(dns.lookup("localhost")).containsExactly(InetAddress.getLoopbackAddress());
        assertThat(dns.lookup("us-south.power-iaas.cloud.ibm.com")).containsExactly(elsewhere);
        assertThat(dns.lookup("notlocalhost")).containsExactly(elsewhere);
    }
}
