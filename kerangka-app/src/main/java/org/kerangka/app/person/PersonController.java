package org.kerangka.app.person;

import java.util.List;
import org.kerangka.app.web.NotFoundException;
import org.kerangka.app.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for people (read-only in this slice). */
@RestController
@RequestMapping("/api/v1/persons")
class PersonController {
  private final PersonRepository people;

  PersonController(PersonRepository people) {
    this.people = people;
  }

  record PersonResponse(long id, long version, String name, List<Position> positions) {}

  @GetMapping("/{id}")
  ResponseEntity<PersonResponse> get(@PathVariable long id) {
    Person person = people.findById(id).orElseThrow(() -> new NotFoundException("person", id));
    return ResponseEntity.ok()
        .eTag(Versions.etag(person.version()))
        .body(new PersonResponse(id, person.version(), person.name(), person.positions()));
  }
}
