package org.conferencedesk.contracts;

/**
 * Where a contract's investor (party A) comes from, in the three groups Chinese investment statistics
 * count separately: domestic (内资), Hong Kong, Macao and Taiwan (港澳台资), and foreign (外资).
 *
 * <p>Source: the registration types of the National Bureau of Statistics and the State Administration
 * for Industry and Commerce, 国家统计局、国家工商行政管理总局《关于划分企业登记注册类型的规定》
 * (国统字〔2011〕86号): 内资企业, 港澳台商投资企业, 外商投资企业, the three groups the statistical
 * yearbooks tabulate investment by. Reports on "利用外资" (the use of foreign investment) by the Ministry
 * of Commerce count Hong Kong, Macao and Taiwan investment within foreign investment; a report that
 * wants "domestic and foreign investors" in two groups adds {@link #HONG_KONG_MACAO_TAIWAN} to
 * {@link #FOREIGN} ({@link #isForeignInvestment()}), one that follows the registration types keeps three.
 */
public enum InvestorOrigin {
    /** 内资: an investor registered in the Chinese mainland with mainland capital. */
    DOMESTIC,
    /** 港澳台资: an investor from Hong Kong, Macao or Taiwan (港澳台商). */
    HONG_KONG_MACAO_TAIWAN,
    /** 外资: a foreign investor (外商). */
    FOREIGN;

    /** True for the groups counted as foreign investment (利用外资): foreign, and Hong Kong, Macao and Taiwan. */
    public boolean isForeignInvestment() {
        return this != DOMESTIC;
    }
}
