class ValidationError(ValueError):
    """Raised when a field is invalid."""

def validate(field, value):
    if not value:
        raise ValidationError(f'{field} is required')
    return value

form = {'name': 'x', 'email': ''}
for k, v in form.items():
    print(k, validate(k, v))
