package it.livedesk.incontainer;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.api.importer.ZipImporter;

/**
 * The EAR the build packaged, with the test classes added to its web module: the tests run against exactly
 * what ships, not a hand-picked subset of it.
 */
final class TestArchives {

    private static final String WEB_MODULE = "livedesk-web.war";

    private TestArchives() {
    }

    static EnterpriseArchive livedeskWith(Class<?>... testClasses) {
        EnterpriseArchive packaged = ShrinkWrap.create(ZipImporter.class, "livedesk.ear")
                .importFrom(new File("target/livedesk.ear")).as(EnterpriseArchive.class);
        WebArchive web = ShrinkWrap.create(ZipImporter.class, WEB_MODULE)
                .importFrom(packaged.get(WEB_MODULE).getAsset().openStream()).as(WebArchive.class);
        web.addClasses(testClasses);
        web.addClass(TestArchives.class);
        packaged.delete(WEB_MODULE);
        return ShrinkWrap.create(EnterpriseArchive.class, "livedesk-incontainer.ear").merge(packaged).addAsModule(web);
    }
}
