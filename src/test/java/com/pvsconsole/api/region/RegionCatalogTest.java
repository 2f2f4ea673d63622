package com.pvsconsole.api.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.DatacenterLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {

    private final RegionCatalog catalog = RegionCatalog.loadDefault();

    @Test
    void should_list_every_public_region_with_zones_and_private_endpoint() {
        assertThat(catalog.regions()).extracting(Region::id).containsExactly("us-south", "us-east", "sao", "tor",
                "mon", "eu-de", "lon", "mad", "che", "in-mum", "syd", "tok", "osa");
        assertThat(catalog.regions()).allSatisfy(r -> {
            assertThat(r.zones()).isNotEmpty();
            assertThat(r.displayName()).isNotBlank();
            assertThat(r.privateEndpoint()).isNotBlank();
        });
        assertThat(catalog.require("lon").privateEndpoint()).isEqualTo("eu-gb");
        assertThat(catalog.require("sao").zones()).containsExactly("sao01", "sao04", "sao05");
    }

    @Test
    void should_group_regions_by_geography_for_the_picker() {
        assertThat(catalog.byGeography()).containsOnlyKeys("Americas", "Europe", "Asia Pacific");
        assertThat(catalog.byGeography().get("Europe")).extracting(Region::id).containsExactly("eu-de", "lon", "mad");
    }

    @Test
    void should_find_the_region_of_a_zone() {
        assertThat(catalog.regionOfZone("dal10")).map(Region::id).hasValue("us-south");
        assertThat(catalog.regionOfZone("wdc07")).map(Region::id).hasValue("us-east");
        assertThat(catalog.regionOfZone("eu-de-2")).map(Region::id).hasValue("eu-de");
        assertThat(catalog.regionOfZone("osa21")).map(Region::id).hasValue("osa");
        assertThat(catalog.regionOfZone("tok05")).as("unknown zone falls back to stripping digits")
                .map(Region::id).hasValue("tok");
        assertThat(catalog.regionOfZone("xyz01")).isEmpty();
    }

    @Test
    void should_reject_an_unknown_region_clearly() {
        assertThatThrownBy(() -> catalog.require("mars-1")).isInstanceOfSatisfying(PowerVsException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_INPUT);
            assertThat(e.hintKey()).isEqualTo("input.region.unknown");
            assertThat(e.getMessage()).contains("mars-1");
        });
    }

    @Test
    void should_merge_live_datacenters_into_the_catalog() {
        List<Datacenter> live = List.of(
                datacenter("dal13", "Dallas", "https://us-south.power-iaas.cloud.ibm.com"),
                datacenter("par01", "Paris", "https://par.power-iaas.cloud.ibm.com"),
                datacenter("lon04", "London", "https://lon.power-iaas.cloud.ibm.com"));

        RegionCatalog merged = DatacenterRefresh.merge(catalog, live);

        assertThat(merged.require("us-south").zones()).contains("dal10", "dal13");
        assertThat(merged.require("par").displayName()).isEqualTo("Paris");
        assertThat(merged.require("par").zones()).containsExactly("par01");
        assertThat(merged.require("lon").zones()).containsExactly("lon04", "lon06");
        assertThat(merged.regions()).hasSize(14);
    }

    private static Datacenter datacenter(String zone, String name, String url) {
        return new Datacenter(null, null, null, new DatacenterLocation(null, zone, name, "data-center", url),
                "active", "off-premises");
    }
}
