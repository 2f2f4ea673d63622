package com.pvsconsole.service.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Datacenter;
import com.pvsconsole.api.model.DatacenterLocation;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.api.region.RegionDirectory;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionRefreshTest {

    @Test
    void should_add_a_zone_the_service_reports_without_needing_a_workspace() {
        List<RegionEndpoint> asked = new ArrayList<>();
        UnsupportedClient client = new UnsupportedClient() {
            @Override
            public List<Datacenter> listDatacenters(RegionEndpoint endpoint, CancellationToken cancel) {
                asked.add(endpoint);
                return List.of(new Datacenter(null, null, null, new DatacenterLocation(null, "dal99", "Dallas", "data-center",
                        "https://us-south.power-iaas.cloud.ibm.com"), "active", "off-premises"));
            }
        };
        RegionDirectory directory = RegionDirectory.offlineDefault();
        List<RegionCatalog> refreshed = new ArrayList<>();
        RegionEndpoint endpoint = new RegionEndpoint("us-south", EndpointType.PRIVATE);

        new RegionRefresh(client, new CurrentThreadTaskExecutor(), directory).refresh(endpoint)
                .onSuccess(refreshed::add);

        assertThat(asked).containsExactly(endpoint);
        assertThat(refreshed).singleElement().satisfies(c -> assertThat(c.regionOfZone("dal99")).isPresent());
        assertThat(directory.catalog().regionOfZone("dal99")).isPresent();
    }
}
