package io.safeguard.risk;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.DataFlow;
import io.safeguard.shared.NotFound;
import io.safeguard.vendor.Vendor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Resolves what a risk is about against the organization's own inventory: another tenant's id is simply not found. */
final class Targets {
    private Targets() {}

    static RiskTarget resolve(RiskTarget t, List<Asset> assets, List<DataFlow> flows, List<Vendor> vendors) {
        return switch (t.kind()) {
            case ORGANIZATION -> RiskTarget.ORGANIZATION;
            case ASSET_TYPE -> {
                AssetType type = parseType(t.ref());
                yield new RiskTarget(TargetKind.ASSET_TYPE, type.name(), "All " + type.label().toLowerCase(java.util.Locale.ROOT) + " assets");
            }
            case ASSET -> assets.stream().filter(a -> a.id().equals(uuid(t.ref()))).findFirst()
                    .map(a -> new RiskTarget(TargetKind.ASSET, a.id().toString(), a.name()))
                    .orElseThrow(() -> new NotFound("asset", t.ref()));
            case DATA_FLOW -> flows.stream().filter(f -> f.id().equals(uuid(t.ref()))).findFirst()
                    .map(f -> new RiskTarget(TargetKind.DATA_FLOW, f.id().toString(), f.name()))
                    .orElseThrow(() -> new NotFound("data flow", t.ref()));
            case VENDOR -> vendors.stream().filter(v -> v.id().equals(uuid(t.ref()))).findFirst()
                    .map(v -> new RiskTarget(TargetKind.VENDOR, v.id().toString(), v.name()))
                    .orElseThrow(() -> new NotFound("vendor", t.ref()));
        };
    }

    /** Everything a risk can be about, for the form's choices. */
    static List<RiskTarget> choices(List<Asset> assets, List<DataFlow> flows, List<Vendor> vendors) {
        List<RiskTarget> all = new ArrayList<>();
        all.add(RiskTarget.ORGANIZATION);
        assets.stream().filter(a -> a.active() && a.details().ephi())
                .forEach(a -> all.add(new RiskTarget(TargetKind.ASSET, a.id().toString(), a.name())));
        assets.stream().filter(a -> a.active() && a.details().ephi()).map(a -> a.details().type()).distinct().sorted()
                .forEach(type -> all.add(new RiskTarget(TargetKind.ASSET_TYPE, type.name(),
                        "All " + type.label().toLowerCase(java.util.Locale.ROOT) + " assets")));
        flows.forEach(f -> all.add(new RiskTarget(TargetKind.DATA_FLOW, f.id().toString(), f.name())));
        vendors.stream().filter(v -> v.phi().touchesPhi())
                .forEach(v -> all.add(new RiskTarget(TargetKind.VENDOR, v.id().toString(), v.name())));
        return all;
    }

    private static AssetType parseType(String ref) {
        try {
            return AssetType.valueOf(ref);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("asset type", ref);
        }
    }

    private static UUID uuid(String ref) {
        try {
            return UUID.fromString(ref);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFound("risk target", ref);
        }
    }
}
