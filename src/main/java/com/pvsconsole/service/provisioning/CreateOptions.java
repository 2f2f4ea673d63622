package com.pvsconsole.service.provisioning;

import com.pvsconsole.api.model.ImageReference;
import com.pvsconsole.api.model.NetworkReference;
import com.pvsconsole.api.model.SshKey;
import com.pvsconsole.api.model.VolumeReference;
import java.util.List;

/**
 * What the create wizard offers for one workspace: its images and the stock catalogue, its
 * networks as listed (a network's details, with the CIDR that checks a fixed IP, are read only
 * for the networks the user ticks), the account's SSH keys, its unattached volumes, the names
 * already taken and what the quota still allows.
 */
public record CreateOptions(List<ImageReference> images, List<ImageReference> stockImages,
                            List<NetworkReference> networks,
                            List<SshKey> sshKeys, List<VolumeReference> availableVolumes, List<String> takenNames,
                            Quota quota) {

    public CreateOptions {
        images = List.copyOf(images);
        stockImages = List.copyOf(stockImages);
        networks = List.copyOf(networks);
        sshKeys = List.copyOf(sshKeys);
        availableVolumes = List.copyOf(availableVolumes);
        takenNames = List.copyOf(takenNames);
    }
}
