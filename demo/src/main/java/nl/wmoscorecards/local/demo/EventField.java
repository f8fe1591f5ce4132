package nl.wmoscorecards.local.demo;

/** The fields of a CSV / JSON Lines allocation event, in the order they are written. */
enum EventField {
    TYPE("type"),
    MESSAGE_ID("messageId"),
    SENT_AT("sentAt"),
    MUNICIPALITY("municipality"),
    PROVIDER("provider"),
    ALLOCATION_NUMBER("allocationNumber"),
    BSN("bsn"),
    PRODUCT_CATEGORY("productCategory"),
    PRODUCT_CODE("productCode"),
    START_DATE("startDate"),
    END_DATE("endDate"),
    CHANGE_REASON("changeReason"),
    STATUS("status"),
    REASON("reason"),
    DATE("date"),
    RESULT("result"),
    CAUSE("cause"),
    SUB_RESULTS("subResults");

    private final String fieldName;

    EventField(String fieldName) {
        this.fieldName = fieldName;
    }

    String fieldName() {
        return fieldName;
    }
}
