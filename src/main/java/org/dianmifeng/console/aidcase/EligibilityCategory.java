package org.dianmifeng.console.aidcase;

/**
 * Why a child is 事实无人抚养 (民发〔2019〕62号): both parents, or one dead or missing and the other, in one of
 * these situations: severe disability, serious illness, imprisonment, compulsory drug rehabilitation, another
 * restriction of liberty, lost contact for six months or more, guardianship revoked, deported.
 */
public enum EligibilityCategory {
    SEVERE_DISABILITY,
    SERIOUS_ILLNESS,
    IMPRISONED,
    COMPULSORY_REHAB,
    OTHER_RESTRICTION,
    LOST_CONTACT,
    GUARDIANSHIP_REVOKED,
    DEPORTED
}
