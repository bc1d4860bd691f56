from untapped.cli import main

main()
