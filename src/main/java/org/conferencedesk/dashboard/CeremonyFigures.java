package org.conferencedesk.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.contracts.InvestorOrigin;

/**
 * What a government report counts for a signing ceremony (issue 14), over one set of contracts (one
 * session, or every session of the event): the signed contracts, the projects of at least 1 亿元
 * (亿元以上项目) by sector and by district, and the signed contracts by the investor's origin. Counts
 * include contracts in every currency; amounts are CNY yuan (scale 2); a project in another currency
 * cannot be compared with 1 亿元 without a rate and is left out of the ≥ 1 亿元 figures (decision 0004).
 *
 * @param signed the contracts signed
 * @param major the signed CNY contracts of at least {@link ContractFigures#MAJOR_PROJECT_THRESHOLD}
 * @param majorBySector those per sector ("" for none), larger amounts first, then by sector
 * @param majorByDistrict those per district ("" for none), larger amounts first, then by district
 * @param byOrigin the contracts signed per investor origin: every {@link InvestorOrigin}'s name, then
 *        {@link #NOT_RECORDED}; all four always present
 */
public record CeremonyFigures(CountAndAmount signed, CountAndAmount major, Map<String, CountAndAmount> majorBySector,
                              Map<String, CountAndAmount> majorByDistrict, Map<String, CountAndAmount> byOrigin) {

    /** Key of {@link #byOrigin()} for contracts whose investor's origin is not recorded. */
    public static final String NOT_RECORDED = "";

    /** Nothing signed. */
    public static final CeremonyFigures NONE = new CeremonyFigures(CountAndAmount.ZERO, CountAndAmount.ZERO, Map.of(),
            Map.of(), Map.of());

    /** Copies the maps (unmodifiable, order kept); completes the origins with zeros. */
    public CeremonyFigures {
        majorBySector = Collections.unmodifiableMap(new LinkedHashMap<>(majorBySector));
        majorByDistrict = Collections.unmodifiableMap(new LinkedHashMap<>(majorByDistrict));
        Map<String, CountAndAmount> origins = new LinkedHashMap<>();
        for (InvestorOrigin o : InvestorOrigin.values()) {
            origins.put(o.name(), byOrigin.getOrDefault(o.name(), CountAndAmount.ZERO));
        }
        origins.put(NOT_RECORDED, byOrigin.getOrDefault(NOT_RECORDED, CountAndAmount.ZERO));
        byOrigin = Collections.unmodifiableMap(origins);
    }

    /** The signed contracts whose investor is foreign or from Hong Kong, Macao or Taiwan (利用外资 counts both). */
    public CountAndAmount foreignInvestment() {
        CountAndAmount f = byOrigin.get(InvestorOrigin.FOREIGN.name());
        CountAndAmount h = byOrigin.get(InvestorOrigin.HONG_KONG_MACAO_TAIWAN.name());
        return new CountAndAmount(f.count() + h.count(), f.amount().add(h.amount()));
    }
}
