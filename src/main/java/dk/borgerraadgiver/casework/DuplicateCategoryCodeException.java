package dk.borgerraadgiver.casework;

/** A category code is already used in this municipality's scheme; codes must stay unique for imports. */
public class DuplicateCategoryCodeException extends RuntimeException {

    public DuplicateCategoryCodeException() {
        super("Category code already in use");
    }
}
