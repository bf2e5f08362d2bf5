package io.membership.contract;

/** What the admin should do next for a member, as shown in the members page's guidance column. */
public enum Guidance {
    INVITE("Invite"), WAIT("Wait"), OK("OK"), REINVITE("Re-invite");

    private final String label;

    Guidance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
