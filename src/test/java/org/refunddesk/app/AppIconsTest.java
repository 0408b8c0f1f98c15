package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class AppIconsTest {

    @Test
    void everyWindowIconIsASquarePngOfItsNamedSize() throws IOException {
        assertThat(AppIcons.resources()).hasSize(AppIcons.SIZES.size());
        for (int i = 0; i < AppIcons.SIZES.size(); i++) {
            String path = AppIcons.resources().get(i);
            try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).as(path).isEqualTo(AppIcons.SIZES.get(i));
                assertThat(image.getHeight()).as(path).isEqualTo(AppIcons.SIZES.get(i));
            }
        }
    }
}
