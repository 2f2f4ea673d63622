package com.pvsconsole.ui.instances.create;

import com.pvsconsole.api.model.ImageReference;

/** An image the wizard offers: one of the workspace's or from the stock catalogue. */
public record ImageChoice(ImageReference image, boolean stock, String label) {

    public String id() {
        return image.imageID();
    }

    @Override
    public String toString() {
        return label;
    }
}
