package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * The Windows installer's PATH entry (jpackage has no option for it): RefundDesk's WiX fragment puts the
 * install folder, where refunddesk-cli.exe is, last on the PATH of the user (per-user install) or of the
 * machine, and patch-main-wxs.sh wires it into jpackage's main.wxs. No WiX here: this checks the XML and
 * the patch; the README says what was checked against the WiX schema and what only on Windows.
 */
class WindowsPathEntryTest {
    private static final String WIX = "http://schemas.microsoft.com/wix/2006/wi";
    private static final Path WINDOWS = Path.of("installer/windows");
    private static final Path FRAGMENT = WINDOWS.resolve("wix/path-entry.wxs");
    private static final Path PATCH = WINDOWS.resolve("patch-main-wxs.sh");

    @TempDir
    Path dir;

    @Test
    void theFragmentPutsTheInstallFolderLastOnThePathOfTheUserOrTheMachineAndTakesItOffOnUninstall() throws Exception {
        Element component = only(parse(FRAGMENT), "Component");
        assertThat(component.getAttribute("Directory")).isEqualTo("INSTALLDIR");
        assertThat(component.getAttribute("Guid")).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

        List<Element> perMachine = branch(component, true);
        List<Element> perUser = branch(component, false);
        assertPathEntry(perMachine, "yes", "HKLM");
        assertPathEntry(perUser, "no", "HKCU");
    }

    @Test
    void everyWixFileIsAscii() throws IOException {
        for (Path file : List.of(FRAGMENT, PATCH)) {
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                assertThat(bytes[i] & 0xff).as("%s, byte %d", file, i).isLessThan(0x80);
            }
        }
    }

    @Test
    void thePatchAddsTheFragmentAfterTheProductAndReferencesItFromTheFeatureThatInstallsTheFiles() throws Exception {
        assumeTrue(bashAvailable(), "needs bash");
        Path in = Files.writeString(dir.resolve("main.wxs"), mainWxs("      <ComponentGroupRef Id=\"Files\"/>\n"));
        Path out = dir.resolve("patched.wxs");

        assertThat(patch(in, out)).isZero();

        Document patched = parse(out);
        Element feature = only(patched, "Feature");
        assertThat(refs(feature)).containsExactly("Shortcuts", "Files", "RefundDeskPathEntry", "FileAssociations");
        Element wix = patched.getDocumentElement();
        List<String> top = new ArrayList<>();
        for (Node n = wix.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                top.add(e.getLocalName());
            }
        }
        assertThat(top).as("WiX 3's schema wants every Fragment after the Product").containsExactly("Product", "Fragment");
        assertThat(only(patched, "ComponentGroup").getAttribute("Id")).isEqualTo("RefundDeskPathEntry");
        assertThat(patched.getElementsByTagNameNS(WIX, "Environment").getLength()).isEqualTo(2);
        // the JDK's own text is kept as it was, apart from the two additions
        String original = Files.readString(in);
        assertThat(Files.readString(out)).startsWith(original.substring(0, original.indexOf("<ComponentGroupRef Id=\"Files\"/>")));
    }

    @Test
    void aMainWxsOfAnotherShapeFailsTheBuildInsteadOfShippingAnInstallerWithoutThePathEntry() throws Exception {
        assumeTrue(bashAvailable(), "needs bash");
        Path in = Files.writeString(dir.resolve("main.wxs"), mainWxs("      <ComponentGroupRef Id=\"AppFiles\"/>\n"));

        assertThat(patch(in, dir.resolve("patched.wxs"))).isEqualTo(1);
    }

    @Test
    void buildShPatchesTheJdksMainWxsForAnMsi() throws IOException {
        String build = Files.readString(Path.of("installer/build.sh"));
        assertThat(build).contains("installer/windows/patch-main-wxs.sh \"$jdk_main_wxs\" \"$resources/main.wxs\"")
                .contains("resources/main\\.wxs");
    }

    private static void assertPathEntry(List<Element> elements, String system, String registryRoot) {
        assertThat(elements).extracting(Element::getLocalName).containsExactlyInAnyOrder("RegistryValue", "Environment");
        for (Element e : elements) {
            if (e.getLocalName().equals("Environment")) {
                assertThat(e.getAttribute("Name")).isEqualTo("PATH");
                assertThat(e.getAttribute("Action")).isEqualTo("set");
                assertThat(e.getAttribute("Part")).isEqualTo("last");
                assertThat(e.getAttribute("Permanent")).isEqualTo("no");
                assertThat(e.getAttribute("System")).isEqualTo(system);
                assertThat(e.getAttribute("Value")).isEqualTo("[INSTALLDIR]");
            } else {
                // a per-user component's key path must be under HKCU (ICE38), a per-machine one's not
                assertThat(e.getAttribute("Root")).isEqualTo(registryRoot);
                assertThat(e.getAttribute("KeyPath")).isEqualTo("yes");
            }
        }
    }

    /** The elements of the {@code <?ifdef JpIsSystemWide ?>} branch (true) or of its {@code <?else?>} (false). */
    private static List<Element> branch(Element parent, boolean systemWide) {
        List<Element> chosen = new ArrayList<>();
        Boolean inSystemWide = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi) {
                switch (pi.getTarget()) {
                    case "ifdef" -> {
                        assertThat(pi.getData().trim()).isEqualTo("JpIsSystemWide");
                        inSystemWide = true;
                    }
                    case "else" -> inSystemWide = false;
                    case "endif" -> inSystemWide = null;
                    default -> throw new AssertionError("unexpected <?" + pi.getTarget() + "?>");
                }
            } else if (n instanceof Element e) {
                assertThat(inSystemWide).as("%s outside the JpIsSystemWide branches", e.getLocalName()).isNotNull();
                if (inSystemWide == systemWide) {
                    chosen.add(e);
                }
            }
        }
        return chosen;
    }

    private static List<String> refs(Element feature) {
        List<String> ids = new ArrayList<>();
        var list = feature.getElementsByTagNameNS(WIX, "ComponentGroupRef");
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(((Element) list.item(i)).getAttribute("Id"));
        }
        return ids;
    }

    private static Element only(Document doc, String name) {
        var list = doc.getElementsByTagNameNS(WIX, name);
        assertThat(list.getLength()).as("<%s> elements", name).isEqualTo(1);
        return (Element) list.item(0);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** A main.wxs shaped like jpackage's (written here, not the JDK's): its feature, then the product's end. */
    private static String mainWxs(String filesRef) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
                  <?include $(var.JpConfigDir)/overrides.wxi ?>
                  <Product Id="$(var.JpProductCode)" Name="$(var.JpAppName)" Language="1033" Version="$(var.JpAppVersion)"
                      Manufacturer="$(var.JpAppVendor)" UpgradeCode="$(var.JpProductUpgradeCode)">
                    <Package InstallerVersion="200" Compressed="yes" InstallScope="perUser"/>
                    <Directory Id="TARGETDIR" Name="SourceDir"/>
                    <Feature Id="DefaultFeature" Level="1">
                      <ComponentGroupRef Id="Shortcuts"/>
                """ + filesRef + """
                      <ComponentGroupRef Id="FileAssociations"/>
                    </Feature>
                  </Product>
                </Wix>
                """;
    }

    private static int patch(Path in, Path out) throws Exception {
        Process p = new ProcessBuilder("bash", PATCH.toString(), in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return p.exitValue();
    }

    private static boolean bashAvailable() {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return false;
        }
        return Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash"));
    }
}
