package app.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Checks the installer configuration in {@code packaging/} (jpackage @argfiles, the .deb scripts)
 * against the build and the code, so a rename or a dropped file fails here and not on a release
 * machine. Building the installers themselves is not part of the tests (packaging/build.sh).
 */
class PackagingTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final List<String> ARGFILES = List.of(
            "jpackage/image.args", "jpackage/runtime.args",
            "linux/image.args", "linux/deb.args",
            "windows/image.args", "windows/msi.args",
            "macos/image.args", "macos/dmg.args");

    /** jpackage's @argfile syntax: whitespace-separated, double quotes group, lines starting with # are comments. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher("");
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            m.reset(line);
            while (m.find()) {
                out.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return out;
    }

    private static List<String> args(String file) throws IOException {
        return tokens(Files.readString(PACKAGING.resolve(file)));
    }

    private static List<String> values(List<String> args, String option) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(option)) {
                out.add(args.get(i + 1));
            }
        }
        return out;
    }

    private static String value(String file, String option) throws IOException {
        List<String> v = values(args(file), option);
        assertEquals(1, v.size(), file + " should give " + option + " exactly once");
        return v.get(0);
    }

    @Test
    void theTokenizerReadsQuotesAndSkipsComments() {
        assertEquals(List.of("--vendor", "Envelope", "--description", "a b  c", "--x"),
                tokens("# --name nope\n--vendor Envelope\n  # \"quoted\" comment\n--description \"a b  c\" --x\n"));
    }

    @Test
    void everyFileTheArgfilesNameIsInTheRepository() throws IOException {
        for (String file : ARGFILES) {
            List<String> a = args(file);
            for (String option : List.of("--icon", "--resource-dir", "--license-file")) {
                for (String path : values(a, option)) {
                    assertTrue(Files.exists(Path.of(path)), file + ": " + option + " " + path + " does not exist");
                }
            }
            for (String launcher : values(a, "--add-launcher")) {
                String path = launcher.substring(launcher.indexOf('=') + 1);
                assertTrue(Files.isRegularFile(Path.of(path)), file + ": --add-launcher " + path + " does not exist");
            }
        }
    }

    @Test
    void everyArgfileIsUsedByABuildScriptAndEveryOptionIsAnOption() throws IOException {
        String scripts = Files.readString(PACKAGING.resolve("build.sh")) + Files.readString(PACKAGING.resolve("build.ps1"));
        for (String file : ARGFILES) {
            String generic = file.replaceFirst("^(linux|macos)/", "\\$os/");
            assertTrue(scripts.contains("packaging/" + file) || scripts.contains("packaging/" + generic),
                    file + " is not passed to jpackage by build.sh or build.ps1");
            List<String> a = args(file);
            assertFalse(a.isEmpty(), file + " is empty");
            assertTrue(a.get(0).startsWith("--"), file + " should start with an option, not " + a.get(0));
        }
    }

    @Test
    void theVersionAndMainJarComeFromTheBuildNotFromAnArgfile() throws IOException {
        // build.sh/build.ps1 pass --app-version and --main-jar envelope-VERSION.jar from the pom;
        // a copy in an argfile would go stale at the next version.
        for (String file : ARGFILES) {
            List<String> a = args(file);
            assertFalse(a.contains("--app-version"), file + " must not fix --app-version");
            assertFalse(a.contains("--main-jar"), file + " must not fix --main-jar");
        }
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher v = Pattern.compile("<artifactId>envelope</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(v.find(), "the pom's version");
        assertTrue(v.group(1).matches("\\d+(\\.\\d+){0,2}"),
                "jpackage needs a numeric version (1 to 3 numbers), the pom says " + v.group(1));
    }

    @Test
    void theMainClassIsThePomsAndIsTheLauncher() throws Exception {
        String mainClass = value("jpackage/image.args", "--main-class");
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<main.class>" + mainClass + "</main.class>"), "pom main.class is " + mainClass);
        assertEquals(Launcher.class, Class.forName(mainClass));
    }

    @Test
    void theRuntimeHasTheModulesTheInstalledProgramNeeds() throws IOException {
        List<String> listed = Arrays.asList(value("jpackage/runtime.args", "--add-modules").split(","));
        ModuleFinder system = ModuleFinder.ofSystem();
        for (String m : listed) {
            assertTrue(system.find(m).isPresent(), "--add-modules names " + m + ", which this JDK does not have");
        }
        Configuration runtime = Configuration.empty().resolve(system, ModuleFinder.of(), listed);
        Set<String> resolved = runtime.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        // Checked by running the installed program: H2 (java.sql, java.naming), JavaFX on the class
        // path (jdk.unsupported), screenshots through SwingFXUtils/ImageIO (java.desktop), POI (java.xml).
        for (String needed : List.of("java.sql", "java.naming", "jdk.unsupported", "java.desktop", "java.xml", "java.management")) {
            assertTrue(resolved.contains(needed), "the trimmed runtime lacks " + needed);
        }
        String jlink = value("jpackage/runtime.args", "--jlink-options");
        for (String option : List.of("--strip-debug", "--no-man-pages", "--no-header-files")) {
            assertTrue(jlink.contains(option), "--jlink-options should contain " + option);
        }
    }

    @Test
    void imageAndInstallerStepsUseTheSameName() throws IOException {
        assertEquals("envelope", value("linux/image.args", "--name"));
        assertEquals(value("linux/image.args", "--name"), value("linux/deb.args", "--name"));
        assertEquals(value("linux/image.args", "--name"), value("linux/deb.args", "--linux-package-name"));
        assertEquals(value("windows/image.args", "--name"), value("windows/msi.args", "--name"));
        assertEquals(value("macos/image.args", "--name"), value("macos/dmg.args", "--name"));
        assertEquals(value("macos/image.args", "--mac-package-identifier"), value("macos/dmg.args", "--mac-package-identifier"));
    }

    @Test
    void theDebDependsOnGtkAndXtstAndHasTheDesktopEntry() throws IOException {
        List<String> deb = args("linux/deb.args");
        Set<String> deps = Arrays.stream(value("linux/deb.args", "--linux-package-deps").split(","))
                .map(String::strip).collect(Collectors.toSet());
        assertTrue(deps.containsAll(Set.of("libgtk-3-0", "libxtst6")), "package deps " + deps);
        assertTrue(deb.contains("--linux-shortcut"));
        assertFalse(deb.contains("--install-dir"), "postinst/prerm assume the default /opt");
    }

    @Test
    void theDebScriptsKeepJpackagesCommandsAndPointAtTheInstalledLauncher() throws IOException {
        String name = value("linux/image.args", "--name");
        String launcher = "LAUNCHER=/opt/" + name + "/bin/" + name;
        String postinst = Files.readString(PACKAGING.resolve("linux/resources/postinst"));
        String prerm = Files.readString(PACKAGING.resolve("linux/resources/prerm"));
        assertTrue(postinst.contains("\nDESKTOP_COMMANDS_INSTALL\n"), "postinst lost jpackage's menu install");
        assertTrue(prerm.contains("\nDESKTOP_COMMANDS_UNINSTALL\n"), "prerm lost jpackage's menu uninstall");
        assertTrue(postinst.contains(launcher) && prerm.contains(launcher), "both scripts should say " + launcher);
        assertTrue(postinst.contains("mkdir -p /usr/share/applications /usr/share/desktop-directories /etc/xdg/menus"));
        assertTrue(Files.isExecutable(PACKAGING.resolve("linux/resources/postinst")), "postinst must be executable");
        assertTrue(Files.isExecutable(PACKAGING.resolve("linux/resources/prerm")), "prerm must be executable");
        String desktop = Files.readString(PACKAGING.resolve("linux/resources/" + name + ".desktop"));
        assertTrue(desktop.contains("Exec=APPLICATION_LAUNCHER\n"), "the menu entry starts the launcher without arguments");
    }

    @Test
    void theWindowsUpgradeCodeNeverChanges() throws IOException {
        // Windows treats a new .msi as an upgrade of an installed Envelope only if this stays the same.
        String uuid = value("windows/msi.args", "--win-upgrade-uuid");
        assertEquals(uuid, UUID.fromString(uuid).toString());
        assertEquals("0d3df6f8-c08a-4082-9ea4-3debc95a1662", uuid);
    }

    @Test
    void theWindowIconsArePngsOfTheirSize() throws IOException {
        for (int size : EnvelopeApp.ICON_SIZES) {
            try (InputStream in = EnvelopeApp.class.getResourceAsStream("/icons/envelope-" + size + ".png")) {
                assertNotNull(in, "/icons/envelope-" + size + ".png");
                BufferedImage img = ImageIO.read(in);
                assertEquals(size, img.getWidth());
                assertEquals(size, img.getHeight());
            }
        }
    }
}
