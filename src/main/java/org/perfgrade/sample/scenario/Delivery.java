package org.perfgrade.sample.scenario;

import org.perfgrade.reference.County;

/** 县区报送: one county file the scenario has a county send on a day (what, not the bytes). */
sealed interface Delivery {

    County county();

    /** 工作计划及动员部署情况 (a one-page PDF). */
    record WorkPlan(County county) implements Delivery {
    }

    /** 清单台账, with the June grades. */
    record Ledger(County county) implements Delivery {
    }

    /** 附件2; {@code version} 1 the first, 2 the corrected one (更正). */
    record ImprovementList(County county, int version) implements Delivery {
    }

    /** 专家（第三方）名单. */
    record Experts(County county) implements Delivery {
    }

    /** 申报及评审结果: every application of the county known on the day, with the results known then. */
    record Applications(County county) implements Delivery {
    }

    /** 环境违法问题 found on the day. */
    record Violations(County county) implements Delivery {
    }
}
