def validate(record):
    try:
        return int(record['age'])
    except (KeyError, ValueError) as e:
        e.add_note(f"while validating record {record!r}")
        raise

print(validate({'age': '7'}))
validate({'age': 'seven'})
