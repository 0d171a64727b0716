package org.interpreterline.simulator.control;

import org.interpreterline.simulator.AccountNumbers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The account's numbers, for the phones page to offer which one to call or text when there are several. */
@RestController
class NumbersController {

    private final AccountNumbers numbers;

    NumbersController(AccountNumbers numbers) {
        this.numbers = numbers;
    }

    @GetMapping("/sim/numbers")
    ControlResponses.Numbers numbers() {
        return new ControlResponses.Numbers(numbers.line(), numbers.all());
    }
}
