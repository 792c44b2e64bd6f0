package nl.kcc.klantinteracties.web.beheer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start of beheer: what a beheerder can manage here. */
@Controller
class BeheerController {

    @GetMapping({"/werkplek/beheer", "/werkplek/beheer/"})
    String beheer(org.springframework.ui.Model model) {
        model.addAttribute("nav", "beheer");
        model.addAttribute("sub", "");
        return "werkplek/beheer/beheer";
    }
}
