package io.safeguard.accesslog.detection.synthetic;

/** Name and place lists, common US names, for records that read plausibly. */
final class Names {
    static final String[] GIVEN = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
        "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
        "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald",
        "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol",
        "Kevin", "Amanda", "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "Edward",
        "Rebecca", "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy",
        "Nicholas", "Angela", "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda", "Larry", "Pamela", "Justin",
        "Emma", "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel", "Katherine", "Gregory",
        "Christine", "Alexander", "Debra", "Frank", "Rachel", "Patrick", "Carolyn", "Raymond", "Janet", "Jack", "Maria",
        "Dennis", "Olivia", "Jerry", "Heather", "Tyler", "Diane", "Aaron", "Julie", "Jose", "Joyce", "Adam", "Victoria",
        "Nathan", "Ruth", "Henry", "Virginia", "Zachary", "Lauren", "Douglas", "Kelly", "Peter", "Christina", "Kyle",
        "Joan", "Noah", "Evelyn", "Ethan", "Judith", "Jeremy", "Andrea", "Walter", "Hannah", "Christian", "Megan",
        "Keith", "Cheryl", "Roger", "Jacqueline", "Terry", "Martha", "Austin", "Madison", "Sean", "Teresa", "Gerald",
        "Gloria", "Carl", "Sara", "Harold", "Janice", "Dylan", "Ann", "Arthur", "Kathryn", "Lawrence", "Abigail",
        "Jordan", "Sophia", "Jesse", "Frances", "Bryan", "Jean", "Billy", "Alice", "Bruce", "Judy", "Gabriel", "Isabella",
        "Joe", "Julia", "Logan", "Grace", "Alan", "Amber", "Juan", "Denise", "Albert", "Danielle", "Willie", "Marilyn",
        "Elijah", "Beverly", "Wayne", "Charlotte", "Randy", "Natalie", "Vincent", "Theresa", "Mason", "Diana", "Roy",
        "Brittany", "Ralph", "Doris", "Bobby", "Kayla", "Russell", "Alexis", "Bradley", "Lori", "Philip", "Marie"};

    static final String[] FAMILY = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
        "Jackson", "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis",
        "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green",
        "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips",
        "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales",
        "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly",
        "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett",
        "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross",
        "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler",
        "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander",
        "Hamilton", "Graham", "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera",
        "Gibson", "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
        "Harrison", "Fernandez", "McDonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen",
        "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson", "Simpson", "Porter", "Hunter", "Gordon",
        "Mendez", "Silva", "Shaw", "Snyder", "Mason", "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner",
        "Black", "Robertson", "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
        "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner", "Payne", "Grant",
        "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez", "Hansen", "Peters", "Santos", "Hart",
        "Bradley", "Knight", "Elliott", "Cunningham", "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley",
        "Andrews", "Alvarado", "Ray", "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena",
        "Richards", "Contreras", "Willis", "Carpenter", "Lawrence", "Sandoval", "O'Brien", "Okafor", "Nakamura"};

    static final String[] STREETS = {"Oak Street", "Maple Avenue", "Cedar Lane", "Pine Street", "Elm Street",
        "Washington Avenue", "Lake Road", "Hill Street", "Park Avenue", "Main Street", "Church Street", "Highland Avenue",
        "Spring Street", "River Road", "Chestnut Street", "Walnut Street", "Forest Drive", "Sunset Boulevard",
        "Meadow Lane", "Ridge Road", "Franklin Street", "Jefferson Avenue", "Lincoln Street", "Madison Avenue",
        "Center Street", "Mill Road", "School Street", "Prospect Street", "Union Street", "Water Street",
        "Birch Court", "Willow Way", "Adams Street", "Broadway", "Summit Avenue", "Valley Road", "Orchard Lane",
        "Harbor Drive", "Bay Street", "Court Street", "Grove Street", "Pleasant Street", "North Street", "South Street",
        "Cherry Lane", "Dogwood Drive", "Laurel Place", "Magnolia Drive", "Poplar Street", "Spruce Street"};

    /** Cities and the first three digits of their postal codes. */
    static final String[] CITIES = {"Springfield", "Riverton", "Fairview", "Greenville", "Madison", "Clinton",
        "Franklin", "Georgetown", "Salem", "Bristol"};
    static final int[] POSTAL_PREFIX = {201, 212, 223, 234, 245, 256, 267, 278, 289, 290};

    private Names() {}
}
