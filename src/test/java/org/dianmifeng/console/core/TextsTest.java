package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void theLikePatternEscapesTheWildcardsAndItsEscapeCharacter() {
        assertEquals("%张伟%", Texts.likeContaining("张伟"));
        assertEquals("%!%%", Texts.likeContaining("%"));
        assertEquals("%!_%", Texts.likeContaining("_"));
        assertEquals("%50!%!_off!!%", Texts.likeContaining("50%_off!"));
        assertEquals('!', Texts.LIKE_ESCAPE);
    }

    @Test
    void listFiltersInMemoryTakeEveryCharacterAsTyped() {
        assertFalse(Texts.containsIgnoreCase("张伟", "%"));
        assertFalse(Texts.containsIgnoreCase("张X伟", "张_伟"));
        assertTrue(Texts.containsIgnoreCase("张_伟", "_"));
        assertTrue(Texts.anyContains("e_01", "张伟", "E_01"));
    }
}
