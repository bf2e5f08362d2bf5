package io.membership.infra;

/**
 * jakarta.mail finds its StreamProvider through ServiceLoader on every message it parses or writes: a scan of every
 * jar on the class path, measured at half of GreenMail's CPU per received email. Naming the implementation once, as a
 * system property, makes that look-up a property read.
 */
final class MailStreamProvider {

    private static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private MailStreamProvider() {
    }

    static void nameIt() {
        if (System.getProperty(PROPERTY) == null
                && MailStreamProvider.class.getClassLoader().getResource(ANGUS.replace('.', '/') + ".class") != null) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }
}
