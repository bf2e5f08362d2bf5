package io.membership.contract;

public enum Confirmation {
    CONFIRMED("Confirmed"), NOT_CONFIRMED("Not confirmed");

    private final String label;

    Confirmation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
