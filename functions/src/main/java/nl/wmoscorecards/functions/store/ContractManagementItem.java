package nl.wmoscorecards.functions.store;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One contract-management record of a contracting region: a conversation with a provider or a round table with
 * its attendance. Keyed by contracting region, then kind + date + id ({@code conversation#2026-03-03#dwo-...}),
 * so one Query reads a region's records of one kind in date order. The record itself is a small JSON document
 * ("body"), always read whole; "provider" is the provider of a conversation, absent for a round table.
 */
final class ContractManagementItem {
    static final ItemKeys KEYS = ItemKeys.of(ItemKeys.Key.s("contractingRegion"), ItemKeys.Key.s("entry"));

    private ContractManagementItem() {
    }

    static Map<String, AttributeValue> toItem(String contractingRegion, String entry, String provider, String body) {
        return ItemMaps.builder()
                .s("contractingRegion", contractingRegion)
                .s("entry", entry)
                .s("provider", provider)
                .s("body", body)
                .build();
    }

    static String body(Map<String, AttributeValue> item) {
        return ItemMaps.s(item, "body");
    }
}
